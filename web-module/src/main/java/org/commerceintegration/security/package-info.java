/**
 * Who may do what: one authentication mechanism for the console (form login, session) and for scripts (HTTP Basic),
 * CSRF protection of every state change, and the security headers every response carries.
 */
package org.commerceintegration.security;
