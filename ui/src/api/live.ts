// Live updates: one WebSocket per tab at /ws?access_token=..., shared by every page. A page
// subscribes to "run:<id>" or "all"; the socket reconnects with a fresh token and subscribes
// again after a drop. Messages go through normalize.liveMessage.
//
// The server sends a topic only what happens after it confirmed the subscription ("subscribed"),
// so whatever a page loaded before that, or while the socket was down, may be out of date with
// nothing coming to say so (a run that ended meanwhile would show "running" for good). The
// confirmation goes to the topic's handlers, and pages load again when they get it.
import { useEffect, useRef, useState } from 'react';
import { api, type ApiClient } from './client';
import { liveMessage } from './normalize';
import type { LiveMessage } from './types';

type Handler = (m: LiveMessage) => void;
export type LiveState = 'connecting' | 'open' | 'closed';

export class LiveConnection {
  private socket: WebSocket | null = null;
  private topics = new Map<string, Set<Handler>>();
  private stateListeners = new Set<(s: LiveState) => void>();
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  state: LiveState = 'closed';

  constructor(
    private readonly client: ApiClient,
    private readonly url: (token: string) => string = defaultUrl,
  ) {}

  subscribe(topic: string, handler: Handler): () => void {
    let set = this.topics.get(topic);
    if (!set) {
      set = new Set();
      this.topics.set(topic, set);
      this.send({ subscribe: topic });
    }
    set.add(handler);
    this.ensure();
    return () => {
      set!.delete(handler);
      if (set!.size === 0) {
        this.topics.delete(topic);
        this.send({ unsubscribe: topic });
      }
      if (this.topics.size === 0) this.close();
    };
  }

  onState(listener: (s: LiveState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const s = this.socket;
    this.socket = null;
    s?.close();
    this.setState('closed');
  }

  private setState(s: LiveState) {
    this.state = s;
    this.stateListeners.forEach((l) => l(s));
  }

  private send(message: object) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private async ensure() {
    if (this.socket || this.timer || typeof WebSocket === 'undefined') return;
    this.setState('connecting');
    const token = await this.client.freshToken();
    if (!token || this.topics.size === 0) return this.setState('closed');
    const socket = new WebSocket(this.url(token));
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 0;
      this.setState('open');
      for (const topic of this.topics.keys()) this.send({ subscribe: topic });
    };
    socket.onmessage = (e) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(e.data));
      } catch {
        return;
      }
      const m = liveMessage(parsed);
      if (!m) return;
      if (m.type === 'subscribed') return this.topics.get(m.topic)?.forEach((h) => h(m));
      const runId = 'runId' in m ? m.runId : undefined;
      for (const [topic, handlers] of this.topics) {
        if (topic === 'all' || (runId && topic === `run:${runId}`)) handlers.forEach((h) => h(m));
      }
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setState('closed');
      if (this.topics.size > 0) {
        const delay = Math.min(30_000, 1000 * 2 ** this.retry++);
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.ensure();
        }, delay);
      }
    };
  }
}

function defaultUrl(token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?access_token=${encodeURIComponent(token)}`;
}

export const live = new LiveConnection(api);

/** Calls handler for each live message on the topic while the component is shown. */
export function useLive(topic: string | null, handler: Handler): LiveState {
  const ref = useRef(handler);
  ref.current = handler;
  const [state, setState] = useState<LiveState>(live.state);
  useEffect(() => {
    if (!topic) return;
    const offState = live.onState(setState);
    const off = live.subscribe(topic, (m) => ref.current(m));
    return () => {
      off();
      offState();
    };
  }, [topic]);
  return state;
}
