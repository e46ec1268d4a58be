'use server';

import { withStaff } from '@/features/auth/guard';
import { requestContext } from '@/features/auth/request-context';
import { createSection, createTag, mergeTags, updateSection, renameTag, deleteSection, deleteTag, moveSection } from '@/features/taxonomy/taxonomy-admin';

export async function createSectionAction(input: unknown) {
  return withStaff((staff) => createSection(staff, input));
}

export async function updateSectionAction(input: unknown) {
  return withStaff(async (staff) => updateSection(staff, input, await requestContext()));
}

export async function moveSectionAction(input: unknown) {
  return withStaff((staff) => moveSection(staff, input));
}

export async function deleteSectionAction(input: unknown) {
  return withStaff(async (staff) => deleteSection(staff, input, await requestContext()));
}

export async function createTagAction(input: unknown) {
  return withStaff((staff) => createTag(staff, input));
}

export async function renameTagAction(input: unknown) {
  return withStaff((staff) => renameTag(staff, input));
}

export async function deleteTagAction(input: unknown) {
  return withStaff(async (staff) => deleteTag(staff, input, await requestContext()));
}

export async function mergeTagsAction(input: unknown) {
  return withStaff(async (staff) => mergeTags(staff, input, await requestContext()));
}
