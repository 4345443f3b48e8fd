// The fact-checking API's shapes (issue 5 contract).
export type Verdict = 'supported' | 'contradicted' | 'not_found';

export interface Evidence {
  source: string;
  title: string;
  heading: string | null;
  lines: [number, number];
  text: string;
  /** The exact sentence of the source that decides the verdict, verbatim. */
  quote: string;
  score: number;
}

export interface VerifyResult {
  verdict: Verdict;
  explanation: string;
  evidence: Evidence[];
  mode: 'extractive' | 'llm';
}

export interface VerifyService {
  verify(claim: string, options?: { signal?: AbortSignal }): Promise<VerifyResult>;
}
