package org.returneeregistry.shared.application;

import java.lang.reflect.RecordComponent;

/**
 * Which record a business call touched, as the audit trail keeps it: the call's first text argument (a
 * registry number, consent id, referral id, organisation code …), else the registry number its command
 * carries, else the registry number of its answer (a registration names the number it created).
 */
public final class TouchedRecord {

    private static final String REGISTRY_NUMBER = "registryNumber";

    private TouchedRecord() {
    }

    public static String of(Object[] arguments, Object answer) {
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof String text && !text.isBlank()) {
                    return text;
                }
            }
            for (Object argument : arguments) {
                String number = registryNumber(argument);
                if (number != null) {
                    return number;
                }
            }
        }
        return registryNumber(answer);
    }

    private static String registryNumber(Object value) {
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals(REGISTRY_NUMBER) && component.getType() == String.class) {
                try {
                    String number = (String) component.getAccessor().invoke(value);
                    return number == null || number.isBlank() ? null : number;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
