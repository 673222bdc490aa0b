import type { Page } from 'playwright-core';
import { queryAsViewer } from './harness';

/** A screen of the console, by the path an administrator opens it at. */
export interface MainPage {
  name: string;
  path: string;
}

interface FirstIds {
  customers: { edges: { node: { id: string } }[] };
  provisioningRequests: { edges: { node: { id: string } }[] };
  nearMisses: { edges: { node: { id: string } }[] };
}

/**
 * Every main screen an administrator (who holds all four roles) can open, with the first
 * customer, request and near-miss of the demo data for the detail screens, and any other screen
 * the side menu links to. The page must be signed in as the administrator, on a wide screen (the
 * side menu shown).
 */
export async function mainPages(page: Page): Promise<MainPage[]> {
  const first = await queryAsViewer<FirstIds>(
    page,
    `{
      customers(first: 1) { edges { node { id } } }
      provisioningRequests(first: 1) { edges { node { id } } }
      nearMisses(first: 1) { edges { node { id } } }
    }`,
  );
  const id = (connection: { edges: { node: { id: string } }[] }, what: string) => {
    const node = connection.edges[0]?.node;
    if (!node) throw new Error(`The demo data has no ${what}`);
    return encodeURIComponent(node.id);
  };
  const customer = id(first.customers, 'customer');
  const request = id(first.provisioningRequests, 'provisioning request');
  const nearMiss = id(first.nearMisses, 'near-miss');
  const listed: MainPage[] = [
    { name: 'customer list', path: '/customers' },
    { name: 'customer page', path: `/customers/${customer}` },
    { name: 'new request', path: `/customers/${customer}/requests/new` },
    { name: 'start a trial', path: '/trials/new' },
    { name: 'create a lead', path: '/leads/new' },
    { name: 'my requests', path: '/requests/mine' },
    { name: 'check queue', path: '/requests/check' },
    { name: 'request', path: `/requests/${request}` },
    { name: 'near-misses', path: '/near-misses' },
    { name: 'near-miss report', path: '/near-misses/report' },
    { name: 'record a near-miss', path: '/near-misses/new' },
    { name: 'near-miss', path: `/near-misses/${nearMiss}` },
    { name: 'surveys NPS', path: '/surveys/nps' },
    { name: 'surveys CSAT', path: '/surveys/csat' },
    { name: 'survey import', path: '/surveys/import' },
    { name: 'churn', path: '/churn' },
    { name: 'economics', path: '/economics' },
    { name: 'usage', path: '/usage' },
    { name: 'SLA', path: '/sla' },
    { name: 'audit log', path: '/audit' },
    { name: 'admin: staff', path: '/admin/staff' },
    { name: 'admin: API keys', path: '/admin/api-keys' },
    { name: 'admin: catalog', path: '/admin/catalog' },
    { name: 'admin: surveys', path: '/admin/surveys' },
    { name: 'admin: webhooks', path: '/admin/webhooks' },
  ];
  // Screens added since: whatever else the side menu links to (管理's sub-menu open).
  await page.goto(new URL('/admin/staff', page.url()).toString());
  const menu = page.getByRole('navigation', { name: 'サイドメニュー' });
  await menu.getByRole('link').first().waitFor();
  const linked = await menu
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => ({ name: a.textContent ?? '', path: a.getAttribute('href') ?? '' })),
    );
  const known = new Set(listed.map((p) => p.path.split('?')[0]));
  const more = linked.filter((link) => link.path.startsWith('/') && !known.has(link.path));
  return [...listed, ...more.map((link) => ({ name: `menu: ${link.name}`, path: link.path }))];
}
