// Integration test files write to the database from outside the app, like a script would; their
// changes go through the same pipeline and reach the running test server's caches over HTTP.
import { runningAppExpiry } from '@/features/cache/remote-expiry';
import { subscribe } from '@/lib/changes/pipeline';

subscribe(runningAppExpiry);
