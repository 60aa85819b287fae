package dev.evalwire.scale.internal;

/**
 * Checks item locators: strings of the form {@code item.<field>} that make a task read a value from each
 * dataset item instead of giving it literally.
 */
public final class ItemLocators {

    /** The prefix every item locator starts with. */
    public static final String ITEM_PREFIX = "item.";

    private ItemLocators() {}

    /**
     * @param field the field's JSON path, for messages
     * @param locator the locator, not null (the setters refuse null first, saying what to do instead)
     * @return the locator
     * @throws IllegalArgumentException when it does not start with {@code item.} followed by a field path
     */
    public static String check(String field, String locator) {
        if (!locator.startsWith(ITEM_PREFIX) || locator.trim().length() <= ITEM_PREFIX.length()) {
            throw new IllegalArgumentException(field + " item locator must start with \"" + ITEM_PREFIX
                    + "\" followed by a field path (for example \"item.input\"), was \"" + locator + "\"");
        }
        return locator;
    }
}
