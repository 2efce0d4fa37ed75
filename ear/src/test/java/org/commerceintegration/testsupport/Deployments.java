package org.commerceintegration.testsupport;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every in-server test: the real EAR as Maven built it, plus a web module holding the test
 * classes. Tests therefore run inside the application, against its real beans, queues and database, and the
 * application behaves exactly as the README's server runs it.
 */
public final class Deployments {

    private static final String TEST_MODULE = "integration-tests.war";

    private Deployments() {}

    /**
     * The application EAR with a site library in its {@code lib/} directory, as a site ships its own beans (an
     * outbound message type, an order message extension) without rebuilding the application.
     */
    public static EnterpriseArchive applicationWithLibrary(JavaArchive library, Class<?>... testClasses) {
        EnterpriseArchive ear = applicationWith(testClasses);
        ear.addAsLibrary(library);
        return ear;
    }

    /** The application EAR with a test module holding {@code testClasses} and the shared test support. */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        return applicationWith(java.util.List.of(), testClasses);
    }

    /** As {@link #applicationWith(Class[])}, plus test resources (class path names) the tests read in the server. */
    public static EnterpriseArchive applicationWith(java.util.List<String> resources, Class<?>... testClasses) {
        File earFile = new File(System.getProperty("ear.file", "target/commerce-integration.ear"));
        if (!earFile.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + earFile.getAbsolutePath());
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addPackage(Deployments.class.getPackage())
                .addAsWebInfResource(
                        new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                                + " bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml");
        resources.forEach(tests::addAsResource);
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(applicationXmlWithTestModule(ear)));
        return ear;
    }

    private static String applicationXmlWithTestModule(EnterpriseArchive ear) {
        String xml;
        try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String module = "<module><web><web-uri>" + TEST_MODULE
                + "</web-uri><context-root>/integration-tests</context-root></web></module>";
        return xml.replace("</application>", module + "</application>");
    }
}
