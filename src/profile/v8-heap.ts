import { type Frame, type Profile, ProfileFormatError, type WeightedStack } from './model.ts';
import { V8_ROOT, v8Frame } from './v8.ts';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

function isHeapNode(n: unknown): n is HeapNode {
  if (typeof n !== 'object' || n === null) return false;
  const { callFrame, selfSize, children } = n as Partial<HeapNode>;
  return (
    typeof callFrame === 'object' &&
    callFrame !== null &&
    typeof callFrame.functionName === 'string' &&
    typeof callFrame.url === 'string' &&
    typeof callFrame.lineNumber === 'number' &&
    typeof selfSize === 'number' &&
    Array.isArray(children)
  );
}

/**
 * A V8 sampling heap profile (`.heapprofile`: node --heap-prof, the inspector's HeapProfiler.stopSampling): a
 * tree of allocation sites, each with the bytes its sampled allocations stand for. Each site becomes a stack
 * weighted in bytes, so the diff ranks allocation sites per request as it ranks functions' CPU time.
 */
export function readV8HeapProfile(data: unknown, source: string): Profile {
  const head = (data as { head?: unknown }).head;
  if (!isHeapNode(head))
    throw new ProfileFormatError(
      source,
      'not a V8 .heapprofile: needs a head node {callFrame, selfSize, children}',
    );
  const stacks: WeightedStack[] = [];
  // iterative, so a deep allocation tree cannot overflow the stack
  const open: { node: HeapNode; frames: Frame[] }[] = [{ node: head, frames: [] }];
  for (let next = open.pop(); next !== undefined; next = open.pop()) {
    const { node, frames: above } = next;
    const frames = node.callFrame.functionName === V8_ROOT ? above : [...above, v8Frame(node.callFrame)];
    if (node.selfSize > 0 && frames.length > 0) stacks.push({ frames, weight: node.selfSize });
    for (const child of node.children) {
      if (!isHeapNode(child))
        throw new ProfileFormatError(
          source,
          'a node lacks callFrame {functionName, url, lineNumber}, selfSize or children',
        );
      open.push({ node: child, frames });
    }
  }
  return { source, stacks };
}
