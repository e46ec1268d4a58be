import 'server-only';
import { isDisplayNameTaken } from '@/db/queries/staff';

/**
 * Bylines are names only, so two active accounts with the same name would be indistinguishable to
 * readers (and one could pass as the other). Any form that sets a name refuses one already in use.
 */
export const DISPLAY_NAME_TAKEN = 'Another active account already uses this name. Add a middle initial or another detail so readers can tell the bylines apart.';

export function displayNameTaken(name: string, exceptId?: number): Promise<boolean> {
  return isDisplayNameTaken(name, exceptId);
}
