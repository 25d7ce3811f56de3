/** PUT …/users/:id/status: disable or re-enable an account (the answer is the entity user). */
import { z } from 'zod';
import { version } from '../common.schema.js';

export const userStatusBody = z.strictObject({
  version,
  disabled: z.boolean().describe('true: the account cannot log in and its sessions end; false: enabled again'),
});
