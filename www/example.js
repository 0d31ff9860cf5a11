// The text behind "Try an example": a short news story written for this page.
export const EXAMPLE = `Arctic Lake Study Finds Warming Twice as Fast as Expected

Lakes in northern Norway are warming about twice as fast as climate models predicted, according to a study published on Thursday by researchers at the University of Tromsø.

The team, led by Prof. Ingrid M. Solberg, measured water temperatures in 112 lakes between 2004 and 2024. They found that surface water warmed by an average of 0.61 degrees Celsius per decade, compared with 0.3 degrees in the models.

Solberg said the finding mattered because cold-water fish such as Arctic char depend on stable temperatures. "When a lake warms this quickly, the char simply run out of places to live," she said. Her colleague Dr. Erik Lunde added that algae blooms had become common in lakes where they were once unknown.

The study was funded by the Research Council of Norway and the European Space Agency, which supplied satellite measurements of ice cover. The satellites showed that the lakes now freeze about 19 days later than they did in the 1980s.

Other scientists urged caution. Dr. Hannah Brooks of the University of Alberta said that two decades of data was a short record for a lake. Brooks noted, however, that lakes in Canada showed a similar trend.

Solberg's team plans to extend the survey to Finland and Sweden next year.`;
