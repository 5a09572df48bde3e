package cn.chegu.viewer.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application over MockMvc, on an in-memory H2GIS loaded from the real gis-data/. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@interface SampleApiTest {}
