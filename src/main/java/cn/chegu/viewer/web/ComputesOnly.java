package cn.chegu.viewer.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that only computes an answer and writes nothing (siting, evaluate): its answer may
 * be exported as a file like a GET's. Every other POST, PUT, PATCH and DELETE is a change, and
 * {@link WriteRequestGuard} decides its whole answer before it runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ComputesOnly {}
