/** Short human figures for the model's reasons: MiB below 1 GiB, then GiB; millicores below a core. */
const trim = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

export const mib = (n: number): string => (Math.abs(n) < 1024 ? `${Math.round(n)} MiB` : `${trim(n / 1024, 1)} GiB`);

export const cpu = (m: number): string => (Math.abs(m) < 1000 ? `${Math.round(m)}m` : `${trim(m / 1000, 2)} CPU`);

/** Up to two decimals, thousands separated. */
export const num = (n: number): string => Number(n.toFixed(2)).toLocaleString('en-US');
