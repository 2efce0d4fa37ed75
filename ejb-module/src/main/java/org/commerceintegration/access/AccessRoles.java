package org.commerceintegration.access;

/**
 * The role names. The identity store gives each user its role and the roles below it as groups, and Liberty maps
 * groups to roles of the same name, so an admin is also an operator and a viewer.
 */
public final class AccessRoles {

    /** Switches command implementations, deletes messages, puts on the outbound and error queues. */
    public static final String ADMIN = "integration-admin";
    /** Puts on inbound queues, replays and resends messages, pauses and resumes listeners, processes orders. */
    public static final String OPERATOR = "integration-operator";
    /** Reads everything, changes nothing. */
    public static final String VIEWER = "integration-viewer";

    private AccessRoles() {}
}
