package org.commerceintegration.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator's SQL session: Derby's {@code ij}, started as its own process exactly as the README shows,
 * connects to the live database through the network server on 127.0.0.1:1527 and runs the Commerce statement.
 */
@ExtendWith(ArquillianExtension.class)
class DerbyNetworkAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(DerbyNetworkAccessIT.class);
    }

    @Test
    @RunAsClient
    void ijRunsTheCommerceUpdateStatementAgainstTheLiveDatabase() throws Exception {
        String script = String.join(
                "\n",
                "connect 'jdbc:derby://127.0.0.1:" + System.getProperty("derby.port", "1527")
                        + "/databases/commercedb;user=dbadmin;password=dbadmin';",
                "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd';",
                "select classname from cmdreg where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd';",
                "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd';",
                "select count(*) from orders;",
                "exit;",
                "");
        String output = ij(script);

        assertTrue(output.contains("1 row inserted/updated/deleted"), output);
        assertTrue(output.contains("com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl"), output);
        assertEquals(-1, output.indexOf("ERROR"), output);
    }

    private static String ij(String script) throws Exception {
        File derbyLib = new File(System.getProperty("derby.lib.dir"));
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp",
                String.join(
                        File.pathSeparator,
                        new File(derbyLib, "derbytools.jar").getPath(),
                        new File(derbyLib, "derbyclient.jar").getPath(),
                        new File(derbyLib, "derbyshared.jar").getPath()),
                "org.apache.derby.tools.ij"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ij finished");
        return output;
    }
}
