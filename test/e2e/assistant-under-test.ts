// The assistant the main end-to-end tests run against.
// TODO(widget): switch to the real app (test/helpers/server.ts startTestServer) once it exists.
import { startFakeApi } from './fake-api.js';

export interface AssistantUnderTest {
  url: string;
  close(): Promise<void>;
}

export async function startAssistant(options: { allowedOrigins: string[] }): Promise<AssistantUnderTest> {
  return startFakeApi({ allowedOrigins: options.allowedOrigins });
}
