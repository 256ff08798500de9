package org.returneeregistry.exchange.rest;

/** The body that sets an organisation's delivery endpoints; what is left out is removed. */
public record SetDeliveryEndpoint(String pushUrl, String mllpHost, Integer mllpPort) {

    org.returneeregistry.exchange.application.SetDeliveryEndpoint toCommand() {
        return new org.returneeregistry.exchange.application.SetDeliveryEndpoint(pushUrl, mllpHost, mllpPort);
    }
}
