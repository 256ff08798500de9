/**
 * SOAP endpoint of the notification context ({@code ReturnNotificationService.wsdl}): generated types in, one
 * application service call, generated types out.
 */
package org.returneeregistry.notification.soap;
