'use server';

import { withStaff } from '@/features/auth/guard';
import { loadLatest } from '@/features/articles/editor-load';
import { compareWithLatest, restoreRevision } from '@/features/articles/history';
import { saveArticle } from '@/features/articles/save';
import { findOrCreateTag } from '@/features/articles/editor-tags';
import {
  archiveArticle,
  publishArticle,
  purgeArticle,
  restoreArticle,
  scheduleArticle,
  submitForReview,
  trashArticle,
  unpublishArticle,
} from '@/features/articles/workflow';

// Thin wrappers: each checks the session (withStaff); the newsroom functions check the role for
// the specific article and validate the input.

export async function saveArticleAction(input: unknown) {
  return withStaff((staff) => saveArticle(staff, input));
}

export async function publishArticleAction(input: unknown) {
  return withStaff((staff) => publishArticle(staff, input));
}

export async function scheduleArticleAction(input: unknown) {
  return withStaff((staff) => scheduleArticle(staff, input));
}

export async function submitForReviewAction(input: unknown) {
  return withStaff((staff) => submitForReview(staff, input));
}

export async function unpublishArticleAction(input: unknown) {
  return withStaff((staff) => unpublishArticle(staff, input));
}

export async function archiveArticleAction(input: unknown) {
  return withStaff((staff) => archiveArticle(staff, input));
}

export async function trashArticleAction(input: unknown) {
  return withStaff((staff) => trashArticle(staff, input));
}

export async function restoreArticleAction(input: unknown) {
  return withStaff((staff) => restoreArticle(staff, input));
}

export async function purgeArticleAction(input: unknown) {
  return withStaff((staff) => purgeArticle(staff, input));
}

export async function findOrCreateTagAction(input: unknown) {
  return withStaff((staff) => findOrCreateTag(staff, input));
}

export async function loadLatestAction(input: unknown) {
  return withStaff((staff) => loadLatest(staff, input));
}

export async function compareWithLatestAction(input: unknown) {
  return withStaff((staff) => compareWithLatest(staff, input));
}

export async function restoreRevisionAction(input: unknown) {
  return withStaff((staff) => restoreRevision(staff, input));
}
