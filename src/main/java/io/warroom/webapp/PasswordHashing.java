package io.warroom.webapp;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Bcrypt through Elytron, the library Quarkus's own identity stores use. */
final class PasswordHashing {

    /** 2^12 rounds: about 250 ms a check on a small machine, slow enough to make guessing a stolen hash expensive. */
    private static final int COST = 12;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Checked against when the account does not exist, so that a wrong user name takes as long as a wrong password. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-used", COST);

    private PasswordHashing() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash == null ? DECOY : hash));
            return factory.verify(stored, password.toCharArray()) && hash != null;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
