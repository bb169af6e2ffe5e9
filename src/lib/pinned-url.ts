/**
 * A source inside a Git repository must keep saying what it said the day it was cited, so its
 * URL names a tag or a commit, never a branch that moves on. This finds the ref in the URL of
 * the common forges and says what to write instead when it is a branch.
 */

/** Where the ref sits in a forge URL, and how to show a pinned form of it. */
interface RefAt {
  ref: string;
  /** The URL with the ref replaced by a placeholder tag or commit, for the message. */
  pinned: (placeholder: string, kind: 'tag' | 'commit') => string;
}

const hex = /^[0-9a-f]{7,40}$/i;
/** v4.1.0, 3.25.0, kata-3.2.0, linux-6.4, release-20241028.0, v258: a tag. */
const versionTag = /^[A-Za-z][\w.-]*?[-_]?v?\d+(\.\d+)*([-.+~][\w.]+)?$|^v?\d+(\.\d+)*([-.+~][\w.]+)?$/;
/** release-1.30, release/2.0, stable/2025.1, stable-6.6: maintenance branches that keep moving. */
const maintenanceBranch = /^(release|stable|branch|maint)[-/_]?v?\d{1,4}(\.\d+)?(\.x)?$/i;

/** True when a ref names a commit or a release tag rather than a branch. */
export function isPinnedRef(ref: string): boolean {
  const r = ref.replace(/^refs\/tags\//, '');
  if (ref.startsWith('refs/heads/')) return false;
  if (hex.test(r)) return true;
  if (maintenanceBranch.test(r)) return false;
  return versionTag.test(r);
}

function split(url: URL): string[] {
  return url.pathname.split('/').filter((part) => part !== '');
}

function replaceSegment(url: URL, parts: string[], index: number, count = 1) {
  return (placeholder: string): string => {
    const copy = [...parts];
    copy.splice(index, count, placeholder);
    return `${url.origin}/${copy.join('/')}`;
  };
}

const fileViews = new Set(['blob', 'tree', 'raw', 'commits', 'blame']);

/** The ref a repository URL names, or null when the URL is not a view of files at a ref. */
export function refOf(address: string): RefAt | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  const host = url.hostname.toLowerCase();
  const parts = split(url);

  if (host === 'github.com' || host === 'bitbucket.org') {
    // /owner/repo/blob/<ref>/path (Bitbucket: /owner/repo/src/<ref>/path)
    const view = parts[2];
    if (
      parts.length >= 4 &&
      view !== undefined &&
      (fileViews.has(view) || (host === 'bitbucket.org' && view === 'src'))
    ) {
      return { ref: parts[3] as string, pinned: replaceSegment(url, parts, 3) };
    }
    if (parts.length === 3 && view !== undefined && fileViews.has(view)) {
      // /owner/repo/commits with no ref: the default branch's log.
      return { ref: 'HEAD', pinned: (p) => `${url.origin}/${parts.join('/')}/${p}` };
    }
    return null;
  }
  if (host === 'raw.githubusercontent.com') {
    // /owner/repo/<ref>/path, or /owner/repo/refs/heads/<branch>/path
    if (parts[2] === 'refs' && parts.length >= 5) {
      return { ref: `${parts[2]}/${parts[3]}/${parts[4]}`, pinned: replaceSegment(url, parts, 2, 3) };
    }
    return parts.length >= 4 ? { ref: parts[2] as string, pinned: replaceSegment(url, parts, 2) } : null;
  }
  // GitLab and its many instances (gitlab.com, gitlab.freedesktop.org, salsa.debian.org, …): /group/repo/-/blob/<ref>/path
  const dash = parts.indexOf('-');
  if (dash >= 2 && fileViews.has(parts[dash + 1] ?? '') && parts.length > dash + 2) {
    return { ref: parts[dash + 2] as string, pinned: replaceSegment(url, parts, dash + 2) };
  }
  // Gitea and Forgejo (codeberg.org, opendev.org): /owner/repo/src/(branch|tag|commit)/<ref>/path
  const src = parts.indexOf('src');
  const kind = parts[src + 1];
  if (src === 2 && (kind === 'branch' || kind === 'tag' || kind === 'commit') && parts.length > src + 2) {
    const ref = parts[src + 2] as string;
    return {
      ref: kind === 'branch' ? `refs/heads/${ref}` : kind === 'tag' ? `refs/tags/${ref}` : ref,
      pinned: (p, kind) => {
        const copy = [...parts];
        copy.splice(src + 1, 2, kind, p);
        return `${url.origin}/${copy.join('/')}`;
      },
    };
  }
  // Gitiles (*.googlesource.com): /repo/+/<ref>/path
  const plus = parts.indexOf('+');
  if (host.endsWith('googlesource.com') && plus >= 1 && parts.length > plus + 1) {
    const rest = parts.slice(plus + 1);
    if (rest[0] === 'refs' && rest.length >= 3) {
      return { ref: rest.slice(0, 3).join('/'), pinned: replaceSegment(url, parts, plus + 1, 3) };
    }
    return { ref: rest[0] as string, pinned: replaceSegment(url, parts, plus + 1) };
  }
  // cgit (git.kernel.org and others): the ref is in ?h= or ?id=; a file view without either is the default branch.
  if (parts.some((p) => p.endsWith('.git')) && /\/(tree|plain|blob|log|about)(\/|$)/.test(url.pathname)) {
    const ref = url.searchParams.get('id') ?? url.searchParams.get('h') ?? url.searchParams.get('tag') ?? 'HEAD';
    return {
      ref,
      pinned: (p) => {
        const copy = new URL(url.href);
        copy.searchParams.delete('h');
        copy.searchParams.set('id', p);
        return copy.href;
      },
    };
  }
  return null;
}

/**
 * First path segments that are the forge's own pages, not an owner: github.com/advisories/GHSA-…,
 * github.com/orgs/<name>, codeberg.org/explore/repos. Their second segment is not a repository.
 */
const reserved = {
  github: new Set(
    'about advisories apps blog collections contact customer-stories dashboard enterprise events explore features git-guides issues login marketplace new notifications orgs organizations pricing pulls readme resources search security settings site solutions sponsors stars team topics trending users'.split(
      ' ',
    ),
  ),
  gitlab: new Set('admin api dashboard explore groups help projects search users'.split(' ')),
  gitea: new Set('admin api assets explore notifications org repo user'.split(' ')),
  bitbucket: new Set('account blog dashboard product repo site'.split(' ')),
} satisfies Record<string, Set<string>>;

/** The forges whose repository front page is /<owner>/<repo>, and how each writes a file at a ref. */
function forgeOf(
  host: string,
): { kind: keyof typeof reserved; file: (repo: string, ref: string, kind: 'tag' | 'commit') => string } | null {
  if (host === 'github.com') return { kind: 'github', file: (repo, ref) => `${repo}/blob/${ref}/README.md` };
  if (host === 'bitbucket.org') return { kind: 'bitbucket', file: (repo, ref) => `${repo}/src/${ref}/README.md` };
  if (host === 'gitlab.com' || host.startsWith('gitlab.') || host === 'salsa.debian.org') {
    return { kind: 'gitlab', file: (repo, ref) => `${repo}/-/blob/${ref}/README.md` };
  }
  if (host === 'codeberg.org' || host === 'gitea.com' || host === 'opendev.org') {
    return { kind: 'gitea', file: (repo, ref, kind) => `${repo}/src/${kind}/${ref}/README.md` };
  }
  return null;
}

/**
 * A repository's front page (https://github.com/<owner>/<repo>) renders the default branch as it
 * is today, so it moves like /blob/main/ does. Returns the pinned file URL to suggest, or null.
 */
export function frontPageOf(address: string): ((placeholder: string, kind: 'tag' | 'commit') => string) | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  const forge = forgeOf(url.hostname.toLowerCase());
  const parts = split(url);
  const [owner, repo] = parts;
  if (!forge || parts.length !== 2 || owner === undefined || repo === undefined) return null;
  if (reserved[forge.kind].has(owner.toLowerCase())) return null;
  const base = `${url.origin}/${owner}/${repo.replace(/\.git$/, '')}`;
  return (placeholder, kind) => forge.file(base, placeholder, kind);
}

/**
 * Null when the URL is fine (no repository file view, or pinned to a tag or commit); otherwise a
 * sentence saying which branch it follows and what to write instead.
 */
export function movingBranchProblem(address: string): string | null {
  const front = frontPageOf(address);
  if (front) {
    return `is a repository's front page, which shows the default branch as it is today: cite the file that says it at a tag or commit instead, ${front('<tag>', 'tag')} (a release tag such as v1.2.3) or ${front('<40-hex sha>', 'commit')}`;
  }
  const at = refOf(address);
  if (!at || isPinnedRef(at.ref)) return null;
  const branch = at.ref.replace(/^refs\/heads\//, '');
  return `follows the branch "${branch}", which moves: pin a tag or commit instead, ${at.pinned('<tag>', 'tag')} (a release tag such as v1.2.3) or ${at.pinned('<40-hex sha>', 'commit')}`;
}
