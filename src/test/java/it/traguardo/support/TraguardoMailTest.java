package it.traguardo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link TraguardoIntegrationTest}, in a context of its own that sends mail to the test SMTP server
 * ({@link TestSmtp}), runs db-scheduler and has a fixed clock; shared by every test class that uses this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TraguardoIntegrationTest
@ContextConfiguration(initializers = TestSmtp.class)
public @interface TraguardoMailTest {}
