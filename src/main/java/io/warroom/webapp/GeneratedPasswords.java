package io.warroom.webapp;

import java.security.SecureRandom;

/** Passwords Warroom makes up: for the first admin and for resets by an admin. Shown once, never stored in clear. */
public final class GeneratedPasswords {

    /** No 0/O, 1/l/I: the password is read off a screen and typed. 20 of 56 characters: about 116 bits. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    public static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
