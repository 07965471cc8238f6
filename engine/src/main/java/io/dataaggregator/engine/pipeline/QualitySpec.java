package io.dataaggregator.engine.pipeline;

/**
 * {@code quality:}: how much bad input a run accepts.
 *
 * @param maxRejectedRatio the run fails once rejected rows exceed this share of rows read
 */
public record QualitySpec(double maxRejectedRatio) {
  public static final double DEFAULT_MAX_REJECTED_RATIO = 0.01;
  public static final QualitySpec DEFAULT = new QualitySpec(DEFAULT_MAX_REJECTED_RATIO);
}
