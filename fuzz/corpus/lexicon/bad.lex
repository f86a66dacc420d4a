theme:x	
bad line
q:	pattern*x
