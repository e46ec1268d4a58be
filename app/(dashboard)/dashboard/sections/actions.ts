'use server';

import { withStaff } from '@/lib/actions/guard';
import { requestContext } from '@/lib/actions/request-context';
import { addSection, addTag, combineTags, editSection, editTag, removeSection, removeTag, reorderSection } from '@/lib/newsroom/taxonomy-admin';

export async function createSectionAction(input: unknown) {
  return withStaff((staff) => addSection(staff, input));
}

export async function updateSectionAction(input: unknown) {
  return withStaff(async (staff) => editSection(staff, input, await requestContext()));
}

export async function moveSectionAction(input: unknown) {
  return withStaff((staff) => reorderSection(staff, input));
}

export async function deleteSectionAction(input: unknown) {
  return withStaff(async (staff) => removeSection(staff, input, await requestContext()));
}

export async function createTagAction(input: unknown) {
  return withStaff((staff) => addTag(staff, input));
}

export async function renameTagAction(input: unknown) {
  return withStaff((staff) => editTag(staff, input));
}

export async function deleteTagAction(input: unknown) {
  return withStaff(async (staff) => removeTag(staff, input, await requestContext()));
}

export async function mergeTagsAction(input: unknown) {
  return withStaff(async (staff) => combineTags(staff, input, await requestContext()));
}
