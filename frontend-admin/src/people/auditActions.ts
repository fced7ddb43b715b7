import type { TFunction } from 'i18next';

/** An audit code as the API writes it: `<domain>.<what>` (`account.viewed`, `mfa.phone_reset`). */
const CODE = /^[a-z_]+\.[a-z_]+$/;

/**
 * An audit action in the staff member's words (`auditActions` in the locales); an action the
 * console does not know yet (a later domain's) is shown as its code.
 */
export function auditActionLabel(action: string, t: TFunction): string {
  if (!CODE.test(action)) return action;
  return t(`auditActions.${action}`, { defaultValue: action });
}
