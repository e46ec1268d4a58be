'use server';

import { withStaff } from '@/lib/actions/guard';
import { loadLatest } from '@/lib/newsroom/editor-load';
import { compareWithLatest, restoreRevision } from '@/lib/newsroom/history';
import { saveArticle } from '@/lib/newsroom/save';
import { createTagInline } from '@/lib/newsroom/tags';
import {
  archiveArticle,
  publishArticle,
  purgeArticleForever,
  restoreArticle,
  scheduleArticle,
  submitForReview,
  trashArticle,
  unpublishArticle,
} from '@/lib/newsroom/workflow';

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
  return withStaff((staff) => purgeArticleForever(staff, input));
}

export async function createTagAction(input: unknown) {
  return withStaff((staff) => createTagInline(staff, input));
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
