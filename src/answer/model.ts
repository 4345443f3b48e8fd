// The optional language model: any OpenAI-compatible server through @langchain/openai's ChatOpenAI.
import { ChatOpenAI } from '@langchain/openai';
import { type Config, hasChatModel } from '../config.js';

export function createChatModel(config: Config): ChatOpenAI | null {
  if (!hasChatModel(config)) return null;
  return new ChatOpenAI({
    model: config.CHAT_MODEL,
    // Self-hosted servers (Ollama, vLLM) often need no key; the client insists on one.
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
    temperature: 0,
    maxTokens: config.MODEL_MAX_TOKENS,
    timeout: config.MODEL_TIMEOUT_MS,
    maxRetries: config.MODEL_MAX_RETRIES,
    // Nothing reads the token counts (no budget, metric or log uses them), and asking for them
    // makes the server send one more chunk after the answer, which LangChain turns into a message
    // and merges like any other: CPU per streamed answer for nothing.
    streamUsage: false,
  });
}
