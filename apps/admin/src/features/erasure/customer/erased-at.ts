/**
 * When a customer's personal data was erased: the certificate's time, else the lifecycle step to
 * ERASED (customers erased without a certificate, e.g. the demo's). Null when neither says.
 */
export function erasedAtOf(customer: {
  deletionCertificate: { erasedAt: string } | null;
  stageHistory: readonly { toStage: string; changedAt: string }[];
}): string | null {
  if (customer.deletionCertificate) return customer.deletionCertificate.erasedAt;
  const step = customer.stageHistory.findLast((s) => s.toStage === 'ERASED');
  return step?.changedAt ?? null;
}
