/** The GitOps layout (`render --layout gitops`) and its freshness check (`render --check`). */
export { checkLayoutFresh, type LayoutFreshness } from './check.js';
export {
  gitopsLayout,
  type LayoutManifest,
  layoutManifest,
  MANIFEST_FILE,
  toGitopsLayout,
} from './layout.js';
export { type GitopsSettings, gitopsSettings } from './settings.js';
