/** Demo content for a fresh installation. Every person here is fictional. */

export const DEMO_PASSWORD = 'ladder-demo-password';

export interface DemoOffering {
  title: string;
  description: string;
  durationMinutes: number;
  priceAmount: number;
  currency: string;
  bufferAfterMinutes?: number;
  minimumNoticeMinutes?: number;
}

export interface DemoMentor {
  email: string;
  name: string;
  slug: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  timezone: string;
  yearsExperience: number;
  ratings: number[];
  offerings: DemoOffering[];
}

const intro = (currency: string): DemoOffering => ({
  title: 'Intro call',
  description: 'Twenty minutes to see whether we are a good fit. Bring one question.',
  durationMinutes: 20,
  priceAmount: 0,
  currency,
  minimumNoticeMinutes: 240,
});

const growth = (priceAmount: number, currency: string): DemoOffering => ({
  title: 'Growth session',
  description:
    'A focused hour on your next career step: promotion packet, scope, system design or leadership.',
  durationMinutes: 60,
  priceAmount,
  currency,
  bufferAfterMinutes: 15,
  minimumNoticeMinutes: 720,
});

const review = (priceAmount: number, currency: string, what: string): DemoOffering => ({
  title: `${what} review`,
  description: `Send your ${what.toLowerCase()} ahead; we go through it line by line with written notes after.`,
  durationMinutes: 45,
  priceAmount,
  currency,
  bufferAfterMinutes: 15,
  minimumNoticeMinutes: 1440,
});

export const DEMO_MENTORS: DemoMentor[] = [
  {
    email: 'priya.raman@ladder.dev',
    name: 'Priya Raman',
    slug: 'priya-raman',
    headline: 'Principal Engineer, payments infrastructure — from Senior to Staff and beyond',
    bio: 'I lead the ledger and payouts platform at a fintech that moves **$40B a year**. Before that, eight years at two marketplaces.\n\nI help senior engineers:\n\n- find and frame Staff-level scope,\n- write design docs that get approved,\n- lead without authority across teams.',
    expertise: ['backend', 'distributed-systems', 'payments', 'staff-engineer'],
    languages: ['English', 'Tamil'],
    timezone: 'Asia/Kolkata',
    yearsExperience: 16,
    ratings: [5, 5, 5, 4, 5],
    offerings: [intro('USD'), growth(15_000, 'USD'), review(12_000, 'USD', 'Design doc')],
  },
  {
    email: 'marcus.weber@ladder.dev',
    name: 'Marcus Weber',
    slug: 'marcus-weber',
    headline: 'Engineering Manager at a Berlin scale-up; first-time managers are my favourite people',
    bio: 'Twelve years as an engineer, five as a manager of managers. I coach on the switch from IC to EM: 1:1s, hiring loops, performance conversations and saying no.',
    expertise: ['engineering-management', 'leadership', 'hiring'],
    languages: ['German', 'English'],
    timezone: 'Europe/Berlin',
    yearsExperience: 17,
    ratings: [5, 4, 5],
    offerings: [intro('EUR'), growth(12_000, 'EUR')],
  },
  {
    email: 'sofia.martinez@ladder.dev',
    name: 'Sofía Martínez',
    slug: 'sofia-martinez',
    headline: 'Staff Frontend Engineer — React performance, design systems, accessibility',
    bio: 'I built and maintain a design system used by 300 engineers. I care about **fast, accessible interfaces** and about frontend engineers getting Staff titles too.',
    expertise: ['frontend', 'react', 'design-systems', 'accessibility'],
    languages: ['Spanish', 'English'],
    timezone: 'America/Mexico_City',
    yearsExperience: 11,
    ratings: [5, 5, 4, 5, 5, 5],
    offerings: [intro('USD'), growth(9_000, 'USD'), review(7_500, 'USD', 'Pull request')],
  },
  {
    email: 'james.oconnor@ladder.dev',
    name: "James O'Connor",
    slug: 'james-oconnor',
    headline: 'SRE lead: incident command, SLOs and on-call that does not burn people out',
    bio: 'Ex-SRE at a large cloud provider. I help teams set SLOs that mean something and engineers grow into incident commanders.',
    expertise: ['sre', 'kubernetes', 'observability', 'backend'],
    languages: ['English'],
    timezone: 'Europe/Dublin',
    yearsExperience: 14,
    ratings: [4, 5, 4],
    offerings: [growth(11_000, 'EUR')],
  },
  {
    email: 'mei.chen@ladder.dev',
    name: 'Mei Chen',
    slug: 'mei-chen',
    headline: 'ML platform engineer — from data scientist to ML engineer',
    bio: 'I build feature stores and training pipelines. Many of my mentees are data scientists who want to ship models to production themselves.',
    expertise: ['machine-learning', 'python', 'data-engineering'],
    languages: ['English', 'Mandarin'],
    timezone: 'America/Los_Angeles',
    yearsExperience: 9,
    ratings: [5, 5],
    offerings: [intro('USD'), growth(13_000, 'USD')],
  },
  {
    email: 'tom.baker@ladder.dev',
    name: 'Tom Baker',
    slug: 'tom-baker',
    headline: 'Mobile tech lead (iOS + Android), shipping apps used by millions',
    bio: 'Swift since the first beta, Kotlin since 2017. I mentor mobile engineers on architecture, release engineering and getting to tech lead.',
    expertise: ['mobile', 'ios', 'android', 'kotlin', 'swift'],
    languages: ['English'],
    timezone: 'Europe/London',
    yearsExperience: 13,
    ratings: [4, 4, 5, 4],
    offerings: [growth(9_500, 'GBP'), review(6_000, 'GBP', 'Architecture')],
  },
  {
    email: 'aiko.tanaka@ladder.dev',
    name: 'Aiko Tanaka',
    slug: 'aiko-tanaka',
    headline: 'Security engineer: threat modelling and AppSec for product teams',
    bio: 'I run the application security programme at a SaaS company. I teach engineers to threat-model their own features and to pass security interviews.',
    expertise: ['security', 'backend', 'golang'],
    languages: ['Japanese', 'English'],
    timezone: 'Asia/Tokyo',
    yearsExperience: 12,
    ratings: [5, 5, 5],
    offerings: [intro('JPY'), { ...growth(18_000, 'JPY'), title: 'Threat-modelling session' }],
  },
  {
    email: 'daniel.okafor@ladder.dev',
    name: 'Daniel Okafor',
    slug: 'daniel-okafor',
    headline: 'Senior backend engineer — interview prep for your first senior role',
    bio: 'I have sat on 400+ interview loops. I run realistic mock interviews (coding, system design, behavioural) with written feedback.',
    expertise: ['interviews', 'system-design', 'backend', 'java'],
    languages: ['English', 'Yoruba'],
    timezone: 'Africa/Lagos',
    yearsExperience: 8,
    ratings: [5, 4, 5, 5, 4, 5, 5],
    offerings: [intro('USD'), { ...growth(6_000, 'USD'), title: 'Mock system-design interview' }],
  },
  {
    email: 'lea.dubois@ladder.dev',
    name: 'Léa Dubois',
    slug: 'lea-dubois',
    headline: 'Data engineer: warehouses, dbt and pipelines you can trust',
    bio: 'I help analysts and backend engineers move into data engineering: modelling, orchestration, testing data.',
    expertise: ['data-engineering', 'sql', 'python'],
    languages: ['French', 'English'],
    timezone: 'Europe/Paris',
    yearsExperience: 10,
    ratings: [],
    offerings: [growth(8_000, 'EUR')],
  },
  {
    email: 'rahul.mehta@ladder.dev',
    name: 'Rahul Mehta',
    slug: 'rahul-mehta',
    headline: 'CTO of a 40-person startup — founding engineers and early-stage architecture',
    bio: 'Third startup, first time as CTO. I mentor founding engineers on pragmatic architecture, hiring the first ten and when *not* to use microservices.',
    expertise: ['startups', 'architecture', 'leadership', 'backend'],
    languages: ['English', 'Hindi'],
    timezone: 'America/New_York',
    yearsExperience: 15,
    ratings: [5, 5, 4],
    offerings: [intro('USD'), growth(20_000, 'USD')],
  },
  {
    email: 'emma.johansson@ladder.dev',
    name: 'Emma Johansson',
    slug: 'emma-johansson',
    headline: 'Platform engineer — developer experience, CI/CD and internal tooling',
    bio: 'I make other engineers faster: build systems, CI pipelines, golden paths. Happy to talk career paths in platform teams.',
    expertise: ['platform', 'devops', 'ci-cd', 'kubernetes'],
    languages: ['Swedish', 'English'],
    timezone: 'Europe/Stockholm',
    yearsExperience: 9,
    ratings: [4, 5],
    offerings: [growth(9_000, 'EUR')],
  },
  {
    email: 'noah.williams@ladder.dev',
    name: 'Noah Williams',
    slug: 'noah-williams',
    headline: 'Staff engineer in Sydney — TypeScript, Node.js and large codebases',
    bio: 'I lead a monorepo of 2M lines of TypeScript. I mentor on code health, migrations at scale and technical strategy.',
    expertise: ['typescript', 'nodejs', 'backend', 'staff-engineer'],
    languages: ['English'],
    timezone: 'Australia/Sydney',
    yearsExperience: 14,
    ratings: [5, 4, 5, 5],
    offerings: [intro('AUD'), growth(16_000, 'AUD')],
  },
];

export interface DemoArticle {
  authorEmail: string;
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  daysAgo: number;
  body: string;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    authorEmail: 'priya.raman@ladder.dev',
    slug: 'backend-engineer-mentor-roadmap-senior-to-staff',
    title: 'Backend Engineer Mentor: a roadmap from Senior to Staff',
    excerpt: 'Staff is not "Senior, but more". Here is the roadmap I give every backend engineer I mentor.',
    tags: ['career', 'staff-engineer', 'backend'],
    daysAgo: 3,
    body: `Staff is not "Senior, but more". It is a different job, and the sooner you see it that way the sooner you get there.

## 1. Own a problem, not a service

Seniors own systems. Staff engineers own *problems* that cross systems: "our payouts are late", not "the payout service".

## 2. Write it down

A one-page design doc that names the trade-offs beats a brilliant idea in a meeting. Practise writing them every quarter.

## 3. Make others faster

Count what the people around you ship because of you. That is your real output now.

## 4. Find a sponsor

Someone at the next level who will say your name in rooms you are not in. A mentor can help you find and work with one.

If you want a second pair of eyes on your path, book a growth session below.`,
  },
  {
    authorEmail: 'marcus.weber@ladder.dev',
    slug: 'your-first-ninety-days-as-an-engineering-manager',
    title: 'Your first 90 days as an engineering manager',
    excerpt: 'Listen, then fix one thing, then set the rhythm. A 90-day plan for new managers.',
    tags: ['management', 'leadership'],
    daysAgo: 10,
    body: `The first 90 days set the tone for years. Split them in three.

## Days 1–30: listen

Hold a 1:1 with everyone. Ask what they would change if they were you.

## Days 31–60: fix one thing

Pick the most-mentioned pain point you can actually fix, and fix it visibly.

## Days 61–90: set the rhythm

Planning, 1:1s, retros, written updates. Predictability is a gift to your team.`,
  },
  {
    authorEmail: 'sofia.martinez@ladder.dev',
    slug: 'design-systems-are-a-product',
    title: 'Design systems are a product, not a component library',
    excerpt:
      'Adoption, support and versioning decide whether a design system lives. Components are the easy part.',
    tags: ['frontend', 'design-systems'],
    daysAgo: 21,
    body: `Every company builds a button. Few build a design system people *want* to use.

- Treat teams as customers: interview them.
- Version like a library: changelogs, codemods, deprecation windows.
- Measure adoption, not component count.`,
  },
  {
    authorEmail: 'james.oconnor@ladder.dev',
    slug: 'slos-that-mean-something',
    title: 'SLOs that mean something',
    excerpt: 'Most SLOs measure what is easy. Start from what your users feel instead.',
    tags: ['sre', 'observability'],
    daysAgo: 35,
    body: `Start from the user journey, not the dashboard. Pick two or three indicators a user would notice, set objectives you can defend, and spend the error budget on purpose.`,
  },
];

export const DEMO_ADMIN = { email: 'admin@ladder.dev', name: 'Ada Admin' };
export const DEMO_MENTEE = { email: 'mentee@ladder.dev', name: 'Sam Mentee', timezone: 'Europe/Berlin' };
