package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DestinationPolicyTest {

    private static final DestinationPolicy NONE = DestinationPolicy.allowingInsecure(" ");
    private static final DestinationPolicy DEMO = DestinationPolicy.allowingInsecure("127.0.0.1, LocalHost");

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, true", "127.8.9.10, true", "::1, true", "0.0.0.0, true", "::, true",
            "10.0.0.1, true", "172.16.5.4, true", "172.31.255.255, true", "192.168.0.1, true",
            "169.254.169.254, true", "fe80::1, true", "fd00::1, true", "fc12::1, true", "100.64.1.1, true",
            "100.127.255.255, true", "224.0.0.251, true", "ff02::1, true", "192.0.0.8, true", "198.18.0.1, true",
            "240.0.0.1, true", "255.255.255.255, true", "::ffff:10.0.0.1, true", "2001:db8::1, true",
            "202.45.144.10, false", "8.8.8.8, false", "172.32.0.1, false", "100.128.0.1, false",
            "2400:1a00::1, false"})
    void internalAddressesAreRecognised(String address, boolean internal) throws Exception {
        assertEquals(internal, DestinationPolicy.internal(InetAddress.getByName(address)));
    }

    @Test
    void everyResolvedAddressMustBePublic() throws Exception {
        List<InetAddress> mixed = List.of(InetAddress.getByName("202.45.144.10"), InetAddress.getByName("10.0.0.1"));

        assertEquals(false, NONE.addresses("his.mohp.gov.np", mixed).allowed());
        assertEquals(DestinationPolicy.INTERNAL_ADDRESS, NONE.addresses("his.mohp.gov.np", mixed).reason());
        assertEquals(true, NONE.addresses("his.mohp.gov.np", List.of(mixed.get(0))).allowed());
    }

    /** host, encrypted → allowed without any allowance / with the demo's allowance of 127.0.0.1 and localhost. */
    @ParameterizedTest
    @CsvSource({
            "his.mohp.gov.np, true,  true,  true",
            "his.mohp.gov.np, false, false, false",
            "127.0.0.1,       false, false, true",
            "localhost,       false, false, true",
            "LOCALHOST,       false, false, true",
            "127.0.0.2,       false, false, false"})
    void plainTransportOnlyToAllowedHosts(String host, boolean encrypted, boolean withoutAllowance,
                                          boolean withAllowance) {
        assertEquals(withoutAllowance, NONE.transport(host, encrypted).allowed());
        assertEquals(withAllowance, DEMO.transport(host, encrypted).allowed());
    }

    @Test
    void anAllowedHostMayBeInternal() throws Exception {
        List<InetAddress> loopback = List.of(InetAddress.getByName("127.0.0.1"));

        assertEquals(false, NONE.addresses("127.0.0.1", loopback).allowed());
        assertEquals(true, DEMO.addresses("127.0.0.1", loopback).allowed());
    }
}
