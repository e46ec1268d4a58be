'use server';

import { withStaff } from '@/lib/actions/guard';
import { requestContext } from '@/lib/actions/request-context';
import { changeStaffRole, createStaffMember, disableStaff, enableStaff, resetStaffPassword } from '@/lib/newsroom/staff-admin';

export async function createStaffAction(input: unknown) {
  return withStaff(async (staff) => createStaffMember(staff, input, await requestContext()));
}

export async function changeRoleAction(input: unknown) {
  return withStaff(async (staff) => changeStaffRole(staff, input, await requestContext()));
}

export async function disableStaffAction(input: unknown) {
  return withStaff(async (staff) => disableStaff(staff, input, await requestContext()));
}

export async function enableStaffAction(input: unknown) {
  return withStaff(async (staff) => enableStaff(staff, input, await requestContext()));
}

export async function resetPasswordAction(input: unknown) {
  return withStaff(async (staff) => resetStaffPassword(staff, input, await requestContext()));
}
