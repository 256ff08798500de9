/**
 * REST adapter of the social security context: what-if assessments of insurance periods and agreements' social
 * security sections. Parses the transfer types of this package, calls {@code SocialSecurityService}, maps its
 * answers back to transfer types.
 */
package org.returneeregistry.socialsecurity.rest;
