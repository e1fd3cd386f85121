/**
 * Sending results to a learning record store (LRS) as they are made, and reading them back. {@link
 * org.empathytrainer.lrs.LrsSettings} say where (kept by {@link org.empathytrainer.lrs.LrsSettingsStore}, secret
 * included, in a file only its owner may read); {@link org.empathytrainer.lrs.LrsClient} speaks xAPI 1.0.3 over the
 * JDK's HTTP client; {@link org.empathytrainer.lrs.Outbox} keeps the statements waiting in the data folder, durable
 * across restarts; {@link org.empathytrainer.lrs.LrsService} sends them in the background and reports a {@link
 * org.empathytrainer.lrs.SendStatus}. The statements are the xAPI export's own ({@link
 * org.empathytrainer.lrs.ResultStatements}), so a file export and a send of the same results give the same ids.
 * Knows nothing of the toolkit or the screens.
 */
package org.empathytrainer.lrs;
