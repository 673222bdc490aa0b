/**
 * The `customer` of a list's URL (a customer's global id), or null. A global id is opaque:
 * anything id-shaped is sent, and the API matches no row for one that names no customer.
 */
export function customerFilterParam(value: string | null): string | null {
  const id = value?.trim();
  return id && /^[A-Za-z0-9+/=_-]{1,200}$/.test(id) ? id : null;
}
