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

    /**
     * 2^10 rounds, the common default: about 0.24 s of CPU a check with the quick compiler alone that ./warroom runs
     * (measured: cost 12 took 0.95 s, and two such hashes made the first start 1.9 s slower).
     */
    private static final int COST = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    /** Checked against when the account does not exist, so a wrong user name takes as long as a wrong password. */
    private static final class Decoy {
        static final String HASH = BcryptUtil.bcryptHash("decoy-password-never-used", COST);
    }

    private PasswordHashing() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash == null ? Decoy.HASH : hash));
            return factory.verify(stored, password.toCharArray()) && hash != null;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
