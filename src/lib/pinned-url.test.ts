import { describe, expect, it } from 'vitest';
import { isPinnedRef, movingBranchProblem } from './pinned-url.ts';

describe('isPinnedRef', () => {
  it('takes commits and release tags as pinned', () => {
    for (const ref of ['v4.1.0', '3.25.0', 'a664595084', 'e9be9d5e76e34872f0c37d72e25bc27fe9e2c54c', 'v258']) {
      expect(isPinnedRef(ref), ref).toBe(true);
    }
    for (const ref of ['release-20241028.0', 'kata-3.2.0', 'refs/tags/v1.0.0', 'v1.0.0-rc.1']) {
      expect(isPinnedRef(ref), ref).toBe(true);
    }
  });
  it('takes branches, including maintenance branches, as moving', () => {
    for (const ref of ['main', 'master', 'HEAD', 'develop', 'trunk', 'gh-pages', 'refs/heads/v1.0.0']) {
      expect(isPinnedRef(ref), ref).toBe(false);
    }
    for (const ref of ['release-1.30', 'stable/2025.1', 'release/2.0']) {
      expect(isPinnedRef(ref), ref).toBe(false);
    }
  });
});

describe('movingBranchProblem', () => {
  it('accepts URLs pinned to a tag or commit on each forge', () => {
    for (const url of [
      'https://github.com/kata-containers/kata-containers/blob/4.0.0/README.md',
      'https://github.com/openstack/nova/blob/32.0.0/nova/conf/compute.py',
      'https://github.com/moby/moby/tree/v28.0.0/daemon',
      'https://raw.githubusercontent.com/opencontainers/runc/v1.3.0/README.md',
      'https://gitlab.com/libosinfo/osinfo-db/-/blob/v20250606/data/os/alpinelinux.org/alpinelinux-3.20.xml.in',
      'https://opendev.org/openstack/nova/src/tag/32.0.0/nova/conf/compute.py',
      'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=e9be9d5e76e34872f0c37d72e25bc27fe9e2c54c',
      'https://chromium.googlesource.com/chromiumos/docs/+/refs/tags/v1.0/README.md',
    ]) {
      expect(movingBranchProblem(url), url).toBeNull();
    }
  });
  it('accepts URLs that are not a view of files at a ref', () => {
    for (const url of [
      'https://github.com/opencontainers/runc',
      'https://github.com/moby/moby/issues/51111',
      'https://github.com/opencontainers/runtime-spec/releases/tag/v1.0.0',
      'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/',
    ]) {
      expect(movingBranchProblem(url), url).toBeNull();
    }
  });
  it('refuses a moving branch and names it, with the pinned form to write instead', () => {
    expect(movingBranchProblem('https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md')).toBe(
      'follows the branch "main", which moves: pin a tag or commit instead, ' +
        'https://github.com/firecracker-microvm/firecracker/blob/<tag>/SPECIFICATION.md (a release tag such as v1.2.3) ' +
        'or https://github.com/firecracker-microvm/firecracker/blob/<40-hex sha>/SPECIFICATION.md',
    );
  });
  it('refuses branches on every forge it knows', () => {
    const moving = {
      'https://github.com/google/gvisor/blob/master/README.md': 'master',
      'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node': 'master',
      'https://github.com/moby/moby/commits/master': 'master',
      'https://github.com/kubernetes/website/blob/release-1.30/README.md': 'release-1.30',
      'https://raw.githubusercontent.com/opencontainers/runc/HEAD/README.md': 'HEAD',
      'https://raw.githubusercontent.com/opencontainers/runc/refs/heads/main/README.md': 'main',
      'https://gitlab.com/libosinfo/osinfo-db/-/blob/main/README': 'main',
      'https://gitlab.freedesktop.org/mesa/mesa/-/tree/develop/docs': 'develop',
      'https://opendev.org/openstack/nova/src/branch/master/nova/conf/compute.py': 'master',
      'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/mm/ksm.c': 'HEAD',
      'https://chromium.googlesource.com/chromiumos/docs/+/HEAD/README.md': 'HEAD',
    };
    for (const [url, branch] of Object.entries(moving)) {
      expect(movingBranchProblem(url), url).toMatch(new RegExp(`^follows the branch "${branch}"`));
    }
  });
});
