/**
 * `traguardo serve [--demo]`: loads the configuration from the environment, opens and migrates the
 * database, with --demo loads the demo data into an empty database, prints the address (and the demo
 * logins), and listens. SIGTERM / SIGINT shut it down gracefully.
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/serve.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../server/demo/demo-data.js';

function printBanner(server: RunningServer, baseUrl: string, demo: boolean): void {
  const lines = [`Traguardo in ascolto su ${server.url} (indirizzo pubblico ${baseUrl})`, `API: ${baseUrl}/api/docs`];
  if (demo) {
    lines.push(server.demoLoaded ? 'Dati dimostrativi caricati.' : 'Database non vuoto: dati dimostrativi non ricaricati.');
    lines.push(`Accessi dimostrativi (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.join(', ')}`);
  }
  console.log(lines.join('\n'));
}

export function registerServeCommand(program: Command): void {
  program.command('serve')
    .description('Avvia il server web e l\'API / start the web server and the API')
    .option('--demo', 'carica i dati dimostrativi se il database è vuoto / load the demo data into an empty database')
    .action(async (options: { demo?: boolean }) => {
      let config;
      try {
        config = loadConfig(process.env);
      } catch (error) {
        if (error instanceof ConfigError) {
          console.error(error.message);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
      const server = await startServer({ config, demo: options.demo === true });
      printBanner(server, config.baseUrl, options.demo === true);
      const stop = (signal: string) => {
        server.app.log.info({ signal }, 'shutting down');
        server.shutdown().then(() => process.exit(0), (error: unknown) => {
          console.error(error);
          process.exit(1);
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}
