package org.commerceintegration.security;

import org.commerceintegration.access.AccessRoles;

/**
 * The application's roles. An admin is also an operator and a viewer, an operator also a viewer
 * (bound to groups in the EAR's {@code ibm-application-bnd.xml}).
 */
public final class Roles {

    /** Switches command implementations, deletes messages. */
    public static final String ADMIN = AccessRoles.ADMIN;
    /** Puts, replays and resends messages, pauses and resumes listeners. */
    public static final String OPERATOR = AccessRoles.OPERATOR;
    /** Reads everything, changes nothing. */
    public static final String VIEWER = AccessRoles.VIEWER;

    private Roles() {}
}
