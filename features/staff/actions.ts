'use server';

import { withStaff } from '@/features/auth/guard';
import { requestContext } from '@/features/auth/request-context';
import { changeStaffRole, createStaffAccount, disableStaff, enableStaff, resetStaffPassword } from '@/features/staff/staff-admin';

export async function createStaffAccountAction(input: unknown) {
  return withStaff(async (staff) => createStaffAccount(staff, input, await requestContext()));
}

export async function changeStaffRoleAction(input: unknown) {
  return withStaff(async (staff) => changeStaffRole(staff, input, await requestContext()));
}

export async function disableStaffAction(input: unknown) {
  return withStaff(async (staff) => disableStaff(staff, input, await requestContext()));
}

export async function enableStaffAction(input: unknown) {
  return withStaff(async (staff) => enableStaff(staff, input, await requestContext()));
}

export async function resetStaffPasswordAction(input: unknown) {
  return withStaff(async (staff) => resetStaffPassword(staff, input, await requestContext()));
}
