import { expect, test } from '@playwright/test';

/**
 * The words a reader would type for each concept the site must cover (the reference's coverage
 * list), and the page that teaches it. Search must rank that page first.
 */
const concepts: [query: string, page: string][] = [
  // Core comparison
  ['shares the host kernel', '/vms-vs-containers/'],
  ['VMs and containers compared', '/vms-vs-containers/'],
  ['CRIU checkpoint restore', '/vms-vs-containers/'],
  // Hypervisors and hardware virtualization
  ['Type 2 hosted hypervisor', '/hypervisors/'],
  ['trap-and-emulate', '/hypervisors/'],
  ['Popek and Goldberg requirements', '/hypervisors/'],
  ['EPT nested paging', '/hypervisors/'],
  ['binary translation', '/hypervisors/'],
  ['live migration downtime', '/running-vms/'],
  ['ballooning', '/running-vms/'],
  ['SR-IOV', '/running-vms/'],
  ['CPU pinning NUMA', '/running-vms/'],
  ['Proxmox', '/running-vms/'],
  // Containers under the hood
  ['CLONE_NEWPID', '/namespaces/'],
  ['time namespace', '/namespaces/'],
  ['nsenter', '/namespaces/'],
  ['memory.high', '/cgroups/'],
  ['unified hierarchy', '/cgroups/'],
  ['copy-up', '/images-and-filesystems/'],
  ['whiteout', '/images-and-filesystems/'],
  ['persistent volume CSI', '/images-and-filesystems/'],
  ['seccomp profile', '/hardening-containers/'],
  ['NET_RAW capability', '/hardening-containers/'],
  ['rootless', '/hardening-containers/'],
  ['distroless', '/hardening-containers/'],
  ['veth pair', '/networking/'],
  ['CNI plugin', '/networking/'],
  // OCI and runtimes
  ['distribution specification', '/oci/'],
  ['image index multi-architecture', '/oci/'],
  ['dockershim', '/engines-and-runtimes/'],
  ['crun', '/engines-and-runtimes/'],
  ['containerd-shim-runc-v2', '/engines-and-runtimes/'],
  // Sandboxed containers
  ['Kata Containers', '/sandboxed-containers/'],
  ['gVisor Sentry', '/sandboxed-containers/'],
  ['RuntimeClass', '/sandboxed-containers/'],
  // Hybrid stacks and orchestration
  ['Docker Desktop', '/hybrid-stacks/'],
  ['WSL 2', '/hybrid-stacks/'],
  ['Hyper-V isolation', '/hybrid-stacks/'],
  ['Nomad', '/orchestration/'],
  ['KubeVirt', '/orchestration/'],
  ['CVE-2019-5736', '/security/'],
  ['Dirty Pipe', '/security/'],
  // Use cases and decisions
  ['Apptainer', '/choosing/'],
  ['sovereign cloud', '/choosing/'],
  ['node allocatable', '/performance-and-density/'],
  // Reference
  ['lightweight VM misconception', '/misconceptions/'],
  ['timeline', '/history/'],
];

test('each concept of the coverage list is found on the page that teaches it', async ({ page }) => {
  await page.goto('/');
  const results = await page.evaluate(async (queries) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const out: Record<string, string[]> = {};
    for (const [query] of queries) {
      const search = await pagefind.search(query);
      const data = await Promise.all(
        search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      out[query] = data.map((d: { url: string }) => d.url.replace(/#.*$/, ''));
    }
    return out;
  }, concepts);
  const misses = concepts
    .filter(([query, expected]) => results[query]?.[0] !== expected)
    .map(([query, expected]) => `"${query}" → ${results[query]?.join(', ') || 'nothing'} (want ${expected})`);
  expect(misses).toEqual([]);
});
