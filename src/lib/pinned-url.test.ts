import { describe, expect, it } from 'vitest';
import { frontPageOf, isPinnedRef, movingBranchProblem } from './pinned-url.ts';

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

describe('repository front pages', () => {
  it('refuses a front page, which shows the default branch, and suggests the file at a tag or commit', () => {
    expect(movingBranchProblem('https://github.com/opencontainers/image-spec')).toBe(
      "is a repository's front page, which shows the default branch as it is today: cite the file that says it " +
        'at a tag or commit instead, https://github.com/opencontainers/image-spec/blob/<tag>/README.md ' +
        '(a release tag such as v1.2.3) or https://github.com/opencontainers/image-spec/blob/<40-hex sha>/README.md',
    );
  });
  it('writes the pinned file the way each forge does', () => {
    const suggested = {
      'https://github.com/containers/crun/': 'https://github.com/containers/crun/blob/<tag>/README.md',
      'https://github.com/containers/conmon#readme': 'https://github.com/containers/conmon/blob/<tag>/README.md',
      'https://github.com/apptainer/apptainer.git': 'https://github.com/apptainer/apptainer/blob/<tag>/README.md',
      'https://gitlab.com/libosinfo/osinfo-db': 'https://gitlab.com/libosinfo/osinfo-db/-/blob/<tag>/README.md',
      'https://gitlab.freedesktop.org/mesa/mesa': 'https://gitlab.freedesktop.org/mesa/mesa/-/blob/<tag>/README.md',
      'https://salsa.debian.org/debian/runc': 'https://salsa.debian.org/debian/runc/-/blob/<tag>/README.md',
      'https://codeberg.org/forgejo/forgejo': 'https://codeberg.org/forgejo/forgejo/src/tag/<tag>/README.md',
      'https://opendev.org/openstack/nova': 'https://opendev.org/openstack/nova/src/tag/<tag>/README.md',
      'https://bitbucket.org/atlassian/python-bitbucket':
        'https://bitbucket.org/atlassian/python-bitbucket/src/<tag>/README.md',
    };
    for (const [url, pinned] of Object.entries(suggested)) {
      expect(frontPageOf(url)?.('<tag>', 'tag'), url).toBe(pinned);
      expect(movingBranchProblem(url), url).toContain(pinned);
    }
  });
  it("leaves the forges' own pages, user pages and other views alone", () => {
    for (const url of [
      'https://github.com/advisories/GHSA-xr7r-f8xq-vfvv',
      'https://github.com/opencontainers/runc/security/advisories/GHSA-xr7r-f8xq-vfvv',
      'https://github.com/orgs/opencontainers',
      'https://github.com/topics/containers',
      'https://github.com/sponsors/octocat',
      'https://github.com/torvalds',
      'https://github.com/opencontainers/',
      'https://github.com/opencontainers/runc/releases',
      'https://github.com/opencontainers/runc/pull/4000',
      'https://gitlab.com/explore/projects',
      'https://codeberg.org/explore/repos',
      'https://docs.github.com/en/actions',
      'https://kubernetes.io/docs/concepts',
    ]) {
      expect(frontPageOf(url), url).toBeNull();
      expect(movingBranchProblem(url), url).toBeNull();
    }
  });
});
