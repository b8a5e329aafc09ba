import { Init1795867900000 } from './1795867900000-Init';
import { MentorsAndArticles1795867958690 } from './1795867958690-MentorsAndArticles';
import { JobsAndMail1795868477477 } from './1795868477477-JobsAndMail';
import { Auth1795868934104 } from './1795868934104-Auth';

/** Applied in this order; add each new migration here. */
export const MIGRATIONS = [
  Init1795867900000,
  MentorsAndArticles1795867958690,
  JobsAndMail1795868477477,
  Auth1795868934104,
];
