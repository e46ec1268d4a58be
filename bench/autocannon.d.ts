// The subset of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; min: number; total: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    duration: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Request = { method?: string; path?: string; headers?: Record<string, string> };
  /** One connection; setupClient gets it before it connects, so its request list can still be replaced. */
  export type Client = { setRequests: (requests: Request[]) => void };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    /** Requests per second over all connections (a fixed-rate load instead of as fast as possible). */
    overallRate?: number;
    headers?: Record<string, string>;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
