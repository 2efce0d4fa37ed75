/**
 * Queue depth on IBM MQ, for the application's MBean depth monitor: asks the queue manager by PCF
 * ({@code MQCMD_INQUIRE_Q}, {@code MQIA_CURRENT_Q_DEPTH}) every sampling interval and publishes each queue's answer as
 * the MBean {@code org.commerceintegration.depth:type=QueueDepth,name=<queue>}. Deployed by messaging-ibmmq.xml beside
 * the application, which reads the MBeans by a configured name and so never names the provider. A queue manager that
 * does not answer leaves depth -1 and the reason in the MBean; the next sample reconnects.
 */
package org.commerceintegration.depth.ibmmq;
