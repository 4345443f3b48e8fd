// CPU placement for a paired comparison of two servers (bench:chat's recording on/off). Left to the
// scheduler, two identical servers did not answer alike: in an A/A control at c=1 (both without
// recording, 8 runs of paired rounds in alternating order, load 4.5-5.9 on the 2-CPU bench machine)
// the server started second answered 0.73-0.96 of the first's rate in every run (median of the
// runs 0.9), in one run using 22% more CPU per request: where the scheduler puts a process, and how
// often it moves it between CPUs, costs it cycles. Pinned (both servers on one CPU, the load
// generator on the other), the two used the same CPU per request (760/759 and 654/656 µs) and the
// second answered 1.03 and 1.07 of the first's rate (2 runs). Pinning treats both servers alike,
// and it is the harder case for recording: the writer thread shares its server's CPU instead of
// taking the idle one.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** Pins every thread of a process to the CPUs listed (taskset's syntax); threads it starts later inherit it. */
function pin(pid: number, cpus: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface Placement {
  /** How the run was placed, for the report. */
  described: string;
  /** Gives this process all the CPUs again. */
  release(): void;
}

/**
 * The servers on the last CPU, this process (the load generator) on the others; unplaced on a single
 * CPU or where taskset is missing (not Linux), and said so.
 */
export function placeApart(serverPids: number[]): Placement {
  const last = os.availableParallelism() - 1;
  const unplaced = { described: 'servers not pinned (one CPU, or no taskset)', release: () => {} };
  if (last < 1) return unplaced;
  const client = last === 1 ? '0' : `0-${last - 1}`;
  if (!serverPids.every((pid) => pin(pid, String(last))) || !pin(process.pid, client)) return unplaced;
  return {
    described: `the servers pinned to CPU ${last}, the load generator to CPU ${client}`,
    release: () => void pin(process.pid, `0-${last}`),
  };
}
