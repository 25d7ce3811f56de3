/**
 * The parts of the dashboard (the home page) about the workspace: who you are in the selected entity,
 * and the selected plan with its years and their place in the cycle. Empty states say what to do next.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { planDetailQueryOptions } from '../../api/plans.js';
import { useTranslation } from 'react-i18next';
import { isEntityRole } from '../../../core/authorization/roles.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { useWorkspace } from '../../workspace/workspace-context.js';
import { PlanOverview } from '../plan-overview.js';

function RolesLine() {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const roles = membership?.roles ?? [];
  if (roles.length === 0) return <p>{t('home.noRoles')}</p>;
  const labels = roles.map((role) => (isEntityRole(role) ? t(`roles.${role}`) : role));
  return (
    <p>
      {t('home.rolesLabel')} <strong data-testid="home-roles">{labels.join(', ')}</strong>
    </p>
  );
}

/** The selected plan with its years and counts (nothing without an entity: the welcome says why). */
export function WorkspacePlanOverview() {
  const { t } = useTranslation();
  const { entity, plansStatus, plansError, retryPlans, plan } = useWorkspace();
  const detail = useQuery({ ...planDetailQueryOptions(entity?.code ?? '', plan?.code ?? ''), enabled: entity !== null && plan !== null });
  const planDetail = detail.data ?? null;
  if (!entity) return null;
  if (plansStatus === 'error' || detail.isError) {
    return (
      <ProblemAlert title={t('errors.loadFailedTitle')} error={plansError ?? detail.error}>
        <Button color="primary" size="sm" className="mt-3" onClick={() => (plansStatus === 'error' ? retryPlans() : void detail.refetch())}>{t('errors.retry')}</Button>
      </ProblemAlert>
    );
  }
  if (plansStatus === 'pending' || (plan !== null && detail.isPending)) return <p role="status">{t('common.loading')}</p>;
  if (!plan || !planDetail) {
    return (
      <Callout color="note" data-testid="no-plans">
        <CalloutTitle>{t('home.noPlansTitle')}</CalloutTitle>
        <CalloutText>{t('home.noPlansBody', { entity: entity.name })}</CalloutText>
        <CalloutText>{t('home.noPlansWhatToDo')}</CalloutText>
      </Callout>
    );
  }
  return <PlanOverview plan={planDetail} />;
}

/** The welcome, the entity and the user's roles in it (or what to do without an entity). */
export function WorkspaceWelcome() {
  const { t } = useTranslation();
  const { me, entity } = useWorkspace();
  return (
    <>
      <p>{t('home.welcome', { name: me.user.displayName })}</p>
      {entity ? (
        <>
          <h2 className="h3" data-testid="home-entity-name">{entity.name}</h2>
          <RolesLine />
        </>
      ) : (
        <Callout color="warning" data-testid="no-entity">
          <CalloutTitle>{t('home.noEntityTitle')}</CalloutTitle>
          <CalloutText>{t('home.noEntityBody')}</CalloutText>
        </Callout>
      )}
    </>
  );
}
